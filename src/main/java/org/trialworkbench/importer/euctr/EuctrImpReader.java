package org.trialworkbench.importer.euctr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;

/**
 * The investigational medicinal products (section D) of an EU CTR page, one intervention per
 * "D.IMP: n" group: named by product name, else trade name, else INN, else product code; the other
 * names kept as other names; role, form, route and INNs in the description.
 */
final class EuctrImpReader {
    private static final String TRADE_NAME = "D.2.1.1.1";
    private static final String PRODUCT_NAME = "D.3.1";
    private static final String PRODUCT_CODE = "D.3.2";
    private static final String FORM = "D.3.4";
    private static final String ROUTE = "D.3.7";
    private static final String INN = "D.3.8";
    private static final String ROLE = "D.1.2 and D.1.3";

    private EuctrImpReader() {
    }

    static List<Intervention> read(EuctrPage page) {
        List<Intervention> result = new ArrayList<>();
        Map<String, List<String>> imp = null;
        for (EuctrPage.Field f : page.fields()) {
            if (f.heading() && f.code() != null && f.code().startsWith("D.IMP:")) {
                add(imp, result);
                imp = new LinkedHashMap<>();
            } else if (imp != null && f.code() != null && !f.code().startsWith("D")) {
                add(imp, result);
                imp = null;
            } else if (imp != null && f.code() != null && !f.heading() && EuctrPage.stated(f.value())) {
                imp.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f.value());
            }
        }
        add(imp, result);
        return result;
    }

    private static void add(Map<String, List<String>> imp, List<Intervention> result) {
        if (imp == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (String code : List.of(PRODUCT_NAME, TRADE_NAME, INN, PRODUCT_CODE)) {
            for (String name : imp.getOrDefault(code, List.of())) {
                if (names.stream().noneMatch(name::equalsIgnoreCase)) {
                    names.add(name);
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        List<String> description = new ArrayList<>();
        line(description, "IMP role", imp.get(ROLE));
        line(description, "Product name", imp.get(PRODUCT_NAME));
        line(description, "Trade name", imp.get(TRADE_NAME));
        line(description, "INN", imp.get(INN));
        line(description, "Pharmaceutical form", imp.get(FORM));
        line(description, "Route of administration", imp.get(ROUTE));
        result.add(new Intervention(InterventionType.DRUG, names.get(0),
                description.isEmpty() ? null : String.join("\n", description), names.subList(1, names.size())));
    }

    private static void line(List<String> description, String label, List<String> values) {
        if (values != null && !values.isEmpty()) {
            description.add(label + ": " + String.join(", ", values).replace("\n", ", "));
        }
    }
}
