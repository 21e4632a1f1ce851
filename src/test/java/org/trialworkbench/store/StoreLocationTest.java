package org.trialworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreLocationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "/home/ana/Trial Workbench/store  | ~~",
        "/home/josé/研究/trials (2024)    | ~~",
        "C:\\Users\\ana\\TW+1,v2@x        | ~~",
        "/tmp/a;AUTO_SERVER=TRUE          | ;=",
        "/tmp/a;INIT=RUNSCRIPT FROM 'x'   | ;='",
        "/tmp/\"quoted\"                  | \"",
        "/tmp/$HOME/%d/`x`                | $%`",
        "/tmp/a:b                         | :",
    })
    void reportsCharactersOutsideTheWhitelist(String path, String unsafe) {
        assertThat(StoreLocation.unsafeCharacters(path.strip())).isEqualTo(unsafe);
    }

    @org.junit.jupiter.api.Test
    void reportsControlCharacters() {
        assertThat(StoreLocation.unsafeCharacters("/tmp/line\nfeed\u0000")).isEqualTo("\n\u0000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"/tmp/a;b", "/tmp/a=b", "/tmp/it's", "/tmp/a&b"})
    void refusesToBuildAUrlFromAnUnsafePath(String path) {
        assertThatThrownBy(() -> StoreLocation.jdbcUrl(Path.of(path)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("path contains characters that cannot be used for a store");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/home/ana/Trial Workbench", "/data/trials-2024/v1.2"})
    void buildsAFileUrlOfTheStoreDatabase(String dir) {
        assertThat(StoreLocation.jdbcUrl(Path.of(dir))).isEqualTo("jdbc:h2:file:" + dir + "/store;QUERY_CACHE_SIZE=64");
    }
}
