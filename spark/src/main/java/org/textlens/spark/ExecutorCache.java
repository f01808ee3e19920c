package org.textlens.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Analysers built once per executor JVM and shared by its tasks, keyed by the settings they were
 * built from (a lazily initialised static holder). The analysers are thread-safe: they keep
 * per-thread state themselves.
 */
final class ExecutorCache {
    private static final Map<Object, Object> BUILT = new ConcurrentHashMap<>();

    private ExecutorCache() {
    }

    @SuppressWarnings("unchecked")
    static <T> T get(Object key, Supplier<T> build) {
        return (T) BUILT.computeIfAbsent(key, k -> build.get());
    }
}
