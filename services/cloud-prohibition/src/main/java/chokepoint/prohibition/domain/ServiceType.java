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

    /** How an explanation names the service. */
    public String label() {
        return switch (this) {
            case AI_TRAINING_COMPUTE -> "AI training compute";
            case AI_INFERENCE_COMPUTE -> "AI inference compute";
            case MODEL_API_ACCESS -> "model API access";
            case GENERAL_COMPUTE -> "general compute";
            case STORAGE -> "storage";
            case NETWORKING -> "networking";
            case EAR_ITEM_EXPORT -> "the export of an item subject to the EAR";
            case AI_SAFETY_DIALOGUE -> "an AI safety and risk dialogue";
        };
    }

    /** Compute or model access that can train or run AI models (the BIS May 2025 guidance concern). */
    public boolean isAiCompute() {
        return this == AI_TRAINING_COMPUTE || this == AI_INFERENCE_COMPUTE || this == MODEL_API_ACCESS;
    }

    /** Infrastructure-as-a-Service style offerings (EO 13984 / 15 CFR 7.300-7.310 reach). */
    public boolean isCloudService() {
        return this != EAR_ITEM_EXPORT && this != AI_SAFETY_DIALOGUE;
    }
}
