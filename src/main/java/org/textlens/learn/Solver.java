package org.textlens.learn;

import de.bwaldvogel.liblinear.SolverType;

/** The loss a model is trained with; all are L2-regularised and solved in the primal by liblinear (deterministic). */
public enum Solver {
    /** Logistic regression (labels, tags): scores are log-odds. */
    LOGISTIC(SolverType.L2R_LR),
    /** Linear SVM with squared hinge loss (labels, tags). */
    SVM(SolverType.L2R_L2LOSS_SVC),
    /** Ridge regression (scores): squared loss, i.e. liblinear's L2-loss SVR with a zero-width tube. */
    RIDGE(SolverType.L2R_L2LOSS_SVR);

    final SolverType liblinear;

    Solver(SolverType liblinear) {
        this.liblinear = liblinear;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
