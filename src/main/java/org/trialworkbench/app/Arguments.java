package org.trialworkbench.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line split into global options ({@code --db}, {@code --help}, {@code --version}),
 * the command and the command's own arguments. {@code --db} is accepted before or after the command.
 */
record Arguments(String db, boolean help, boolean version, String command, List<String> rest) {

    static Arguments parse(String[] args) throws UsageException {
        String db = null;
        boolean help = false;
        boolean version = false;
        String command = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--db")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--db needs a folder");
                }
                db = args[++i];
            } else if (a.startsWith("--db=")) {
                db = a.substring("--db=".length());
            } else if (command == null && (a.equals("--help") || a.equals("-h"))) {
                help = true;
            } else if (command == null && (a.equals("--version") || a.equals("-V"))) {
                version = true;
            } else if (command == null && !a.startsWith("-")) {
                command = a;
            } else if (command == null) {
                throw new UsageException("unknown option " + a);
            } else {
                rest.add(a);
            }
        }
        return new Arguments(db, help, version, command, List.copyOf(rest));
    }

    boolean opensWindow() {
        return command == null && !help && !version;
    }

    /** Wrong usage: exit status 2 with the message and a hint. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
