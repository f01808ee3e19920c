package org.textlens.frames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.textlens.learn.LabelModel;
import org.textlens.learn.LinearModel;
import org.textlens.learn.ModelException;
import org.textlens.learn.ModelFile;
import org.textlens.learn.Task;

/**
 * A learned frames model ({@code textlens train frames}): one two-label model ({@code false} /
 * {@code true}) per frame over {@link FrameFeatures}, each in a part named after its frame. A frame
 * is present when its model's score is ≥ 0 (probability ≥ 0.5). Thread-safe.
 */
public final class FramesModel {
    public static final String KIND = "frames";
    /** The model-file option that names the scheme whose rule scores the features hold. */
    public static final String SCHEME = "scheme";

    private final ModelFile file;
    private final Map<String, LabelModel> frames;

    private FramesModel(ModelFile file, Map<String, LabelModel> frames) {
        this.file = file;
        this.frames = frames;
    }

    public static FramesModel of(ModelFile file, String source) {
        String features = file.provenance().options().get("features");
        if (!FrameFeatures.VERSION.equals(features)) {
            throw new ModelException(source, "the model reads features '" + features + "', this textlens makes '"
                + FrameFeatures.VERSION + "'", "retrain it with this version: textlens train frames ... -o MODEL");
        }
        Map<String, LabelModel> frames = new LinkedHashMap<>();
        file.parts().forEach((name, m) -> {
            if (m.task() != Task.LABEL || !m.labels().equals(List.of("false", "true"))) {
                throw new ModelException(source, "part '" + name + "' is not a frame's true/false model", "train it again");
            }
            frames.put(name, new LabelModel(m));
        });
        return new FramesModel(file, frames);
    }

    public ModelFile file() {
        return file;
    }

    /** The built-in scheme whose rule scores the model reads ({@code generic} unless the file says otherwise). */
    public String scheme() {
        return file.provenance().options().getOrDefault(SCHEME, "generic");
    }

    /** The frames the model decides, in its order. */
    public List<String> frames() {
        return new ArrayList<>(frames.keySet());
    }

    public LabelModel frame(String name) {
        return frames.get(name);
    }

    /** Wraps one trained model per frame. */
    public static Map<String, LinearModel> parts(Map<String, LabelModel> models) {
        Map<String, LinearModel> parts = new LinkedHashMap<>();
        models.forEach((frame, m) -> parts.put(frame, m.linear()));
        return parts;
    }
}
