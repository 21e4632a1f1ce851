package org.trialworkbench.service;

import java.util.Locale;

/** The export formats of the contract; the name is what {@code --format} takes. */
public enum ExportFormat {
    JSON("json"), CSV("csv"), HTML("html"), MD("md");

    private final String cliName;

    ExportFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public String fileExtension() {
        return cliName;
    }

    public static ExportFormat fromCliName(String name) {
        for (ExportFormat f : values()) {
            if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' (json, csv, html, md)");
    }
}
