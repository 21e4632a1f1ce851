package org.trialworkbench.model;

/** How a threshold bounds its parameter; {@link #symbol()} is the export spelling. */
public enum Comparator {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("="), BETWEEN("between");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Comparator fromSymbol(String symbol) {
        for (Comparator c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparator: " + symbol);
    }
}
