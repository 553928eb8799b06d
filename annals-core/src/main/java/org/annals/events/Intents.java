package org.annals.events;

import java.util.Optional;

/**
 * The CAMEO intent code (03) of an announced cooperative act. "The rebels said they will release the hostages" states
 * an intent now, 0353 "express intent to release persons or property", and announces the release (0841, marked
 * {@code future}); CAMEO codes the statement as the intent, and Annals keeps both: the intent as an act, the release as
 * announced. Only acts of consultation and cooperation (roots 04-08) have an intent code; conflictual threats are 13.
 * Stateless.
 */
final class Intents {
    private Intents() {
    }

    /** The intent code for announcing {@code code}; empty for codes outside roots 04-08. */
    static Optional<String> of(String code) {
        String root = code.substring(0, 2);
        return switch (root) {
            case "04" -> Optional.of("036");
            case "05" -> Optional.of("032");
            case "06" -> Optional.of("031");
            case "07" -> Optional.of(switch (code) {
                case "071" -> "0331";
                case "072" -> "0332";
                case "073" -> "0333";
                case "074" -> "0334";
                default -> "033";
            });
            case "08" -> Optional.of(yielding(code));
            default -> Optional.empty();
        };
    }

    private static String yielding(String code) {
        if (code.startsWith("083")) {
            return code.length() == 4 ? "034" + code.charAt(3) : "034";
        }
        return switch (code.substring(0, 3)) {
            case "081" -> "0351";
            case "082" -> "0352";
            case "084" -> "0353";
            case "085" -> "0354";
            case "086" -> "0355";
            case "087" -> "0356";
            default -> "035";
        };
    }
}
