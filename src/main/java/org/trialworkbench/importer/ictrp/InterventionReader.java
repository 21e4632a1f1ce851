package org.trialworkbench.importer.ictrp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;

/**
 * Reads the free-text intervention field of an ICTRP record.
 * <ul>
 *   <li>Product lists (EU "Product Name: X / INN or Proposed INN: Y ...", jRCT "Generic name etc :
 *   X"): one intervention per product, named by its product/trade/generic name, with the whole
 *   product block as description and the INN as other name.</li>
 *   <li>Lists separated by ";" ("Drug: X;Other: Standard of Care"): one per item; a type prefix
 *   ("Drug:", "Radiation :") sets the type.</li>
 *   <li>Otherwise one per line, except that a line without a type prefix after a line with one
 *   (or a group label such as "Group 1:") continues that intervention's description.</li>
 * </ul>
 * No text is dropped: what is not a name is kept in a description.
 */
public final class InterventionReader {
    private static final PhraseTable TYPES = PhraseTable.load("intervention-types.txt");
    private static final Pattern TYPE_PREFIX = Pattern.compile("^([A-Za-z][A-Za-z /]{1,30}?)\\s*:\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern PRODUCT_KEY = Pattern.compile(
            "(?i)^(product name|trade name|generic name etc|inn or proposed inn|inn of investigational material|product code)"
                    + "\\s*:\\s*(.*)$");
    // a product with neither name nor INN is named by its code (EU "Product Code: Fx-1006A")
    private static final String CODE_KEY = "product code";
    private static final List<String> NAME_PREFERENCE = List.of("product name", "trade name", "generic name etc",
            "inn or proposed inn", "inn of investigational material");
    private static final Pattern GROUP_LABEL = Pattern.compile(
            "(?i)^(group|arm|cohort|intervention group|control group|experimental|active comparator|placebo comparator|"
                    + "sham comparator|no intervention)\\b[^:]{0,20}:.*");
    private static final Pattern EU_KEY_COMMA = Pattern.compile(",(?=\\s*[A-Z][A-Za-z ]{2,40}:)");

    private InterventionReader() {
    }

    public static List<Intervention> read(String cleaned) {
        if (cleaned == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String line : RegistryText.lines(cleaned)) {
            lines.addAll(List.of(EU_KEY_COMMA.split(line)));
        }
        if (lines.stream().anyMatch(l -> PRODUCT_KEY.matcher(l).matches())) {
            return ProductBlocks.read(lines);
        }
        List<String> items = RegistryText.splitTopLevel(cleaned, ';');
        if (items.size() > 1) {
            return items.stream().map(InterventionReader::fromItem).toList();
        }
        return fromLines(RegistryText.lines(cleaned));
    }

    private static List<Intervention> fromLines(List<String> lines) {
        List<Intervention> result = new ArrayList<>();
        boolean typed = false;
        for (String line : lines) {
            boolean hasType = type(line) != null || GROUP_LABEL.matcher(line).matches();
            if (typed && !hasType && !result.isEmpty()) {
                Intervention last = result.remove(result.size() - 1);
                String description = last.description() == null ? line : last.description() + "\n" + line;
                result.add(new Intervention(last.type(), last.name(), description, last.otherNames()));
                continue;
            }
            typed = hasType;
            result.add(fromItem(line));
        }
        return result;
    }

    /** One item: its first line is the name (after a type prefix), further lines the description. */
    static Intervention fromItem(String item) {
        List<String> lines = RegistryText.lines(item);
        String first = lines.isEmpty() ? item.strip() : lines.get(0);
        String description = lines.size() > 1 ? String.join("\n", lines.subList(1, lines.size())) : null;
        InterventionType type = type(first);
        String name = first;
        if (type != null) {
            Matcher m = TYPE_PREFIX.matcher(first);
            if (m.matches()) {
                name = m.group(2).strip();
            }
        }
        return new Intervention(type, name, description, List.of());
    }

    /** The type a "Drug: X" prefix states; null without a known prefix. */
    static InterventionType type(String line) {
        Matcher m = TYPE_PREFIX.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return TYPES.lookup(m.group(1).toLowerCase(Locale.ROOT)).map(InterventionType::valueOf).orElse(null);
    }

    /** Product blocks: a new block starts where a naming key repeats. */
    private static final class ProductBlocks {
        static List<Intervention> read(List<String> lines) {
            List<Intervention> result = new ArrayList<>();
            List<String> block = new ArrayList<>();
            List<String> keysInBlock = new ArrayList<>();
            for (String line : lines) {
                Matcher m = PRODUCT_KEY.matcher(line);
                String key = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
                if (key != null && startsNewProduct(key, keysInBlock)) {
                    List<String> heading = trailingHeading(block);
                    close(block, result);
                    block = new ArrayList<>(heading);
                    keysInBlock = new ArrayList<>();
                }
                if (key != null) {
                    keysInBlock.add(key);
                }
                block.add(line);
            }
            close(block, result);
            return result;
        }

        // jRCT heads each product with a line like "control material(s)": the heading before a product's first
        // key belongs to that product, not to the one before it. Such a heading has no "key: value" colon.
        private static List<String> trailingHeading(List<String> block) {
            int start = block.size();
            while (start > 1 && !block.get(start - 1).contains(":")) {
                start--;
            }
            List<String> heading = new ArrayList<>(block.subList(start, block.size()));
            block.subList(start, block.size()).clear();
            return heading;
        }

        // A product may list several active substances (INNs): only a repeated product name, or a
        // repeated INN in a block without a product name, starts the next product.
        private static boolean startsNewProduct(String key, List<String> keysInBlock) {
            if (!key.startsWith("inn")) {
                return keysInBlock.contains(key);
            }
            return keysInBlock.contains(key) && keysInBlock.stream().allMatch(k -> k.startsWith("inn"));
        }

        private static void close(List<String> block, List<Intervention> result) {
            Map<String, String> named = new LinkedHashMap<>();
            for (String line : block) {
                Matcher m = PRODUCT_KEY.matcher(line);
                if (m.matches() && !m.group(2).strip().matches("-*|(?i)n/?a")) {
                    named.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
                }
            }
            List<String> names = new ArrayList<>();
            for (String key : NAME_PREFERENCE) {
                String value = named.get(key);
                if (value != null && names.stream().noneMatch(value::equalsIgnoreCase)) {
                    names.add(value);
                }
            }
            if (names.isEmpty() && named.containsKey(CODE_KEY)) {
                names.add(named.get(CODE_KEY));
            }
            if (names.isEmpty()) {
                keepLoose(block, result);
                return;
            }
            result.add(new Intervention(InterventionType.DRUG, names.get(0), String.join("\n", block),
                    names.subList(1, names.size())));
        }

        // Text with no product name (a header, a trailing note) stays with the product before it.
        private static void keepLoose(List<String> block, List<Intervention> result) {
            if (block.isEmpty()) {
                return;
            }
            if (result.isEmpty()) {
                result.add(new Intervention(null, block.get(0), String.join("\n", block), List.of()));
                return;
            }
            Intervention last = result.remove(result.size() - 1);
            result.add(new Intervention(last.type(), last.name(),
                    last.description() + "\n" + String.join("\n", block), last.otherNames()));
        }
    }
}
