package chokepoint.prohibition.domain;

/** The service or transaction a customer asks for. */
public enum ServiceType {
    AI_TRAINING_COMPUTE,
    AI_INFERENCE_COMPUTE,
    MODEL_API_ACCESS,
    GENERAL_COMPUTE,
    STORAGE,
    NETWORKING,
    /** Export, reexport or transfer of an item subject to the EAR; carries an ECCN. */
    EAR_ITEM_EXPORT,
    /** AI safety and risk dialogue (carve-out asked for by the paper, analogous to 15 CFR 734.10). */
    AI_SAFETY_DIALOGUE;

    /** Compute or model access that can train or run AI models (the BIS May 2025 guidance concern). */
    public boolean isAiCompute() {
        return this == AI_TRAINING_COMPUTE || this == AI_INFERENCE_COMPUTE || this == MODEL_API_ACCESS;
    }

    /** Infrastructure-as-a-Service style offerings (EO 13984 / 15 CFR 7.300-7.310 reach). */
    public boolean isCloudService() {
        return this != EAR_ITEM_EXPORT && this != AI_SAFETY_DIALOGUE;
    }
}
