package org.podium.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analysis stays plain Java: nothing from Jakarta EE, MicroProfile or the rest of Podium, so podium-analysis.jar
 * runs alone. One door is open: {@code SentenceVectors} runs the sentence model (langchain4j's ONNX packaging and the
 * ONNX Runtime under it, which the jar carries; the server sets ONNX Runtime's threads itself).
 */
class PlainJavaTest {

    @Test
    void theAnalysisImportsOnlyTheJdkAndItself() throws Exception {
        Path root = Path.of("src/main/java/org/podium/analysis");
        List<String> offending;
        try (Stream<Path> files = Files.walk(root)) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> {
                        try {
                            return Files.readAllLines(f).stream()
                                    .filter(l -> l.startsWith("import "))
                                    .filter(l ->
                                            !l.matches("import (static )?(java|javax\\.annotation\\.processing)\\..*")
                                                    && !l.startsWith("import org.podium.analysis.")
                                                    && !(f.endsWith(Path.of("text", "SentenceVectors.java"))
                                                            && (l.startsWith("import dev.langchain4j.")
                                                                    || l.startsWith("import ai.onnxruntime."))))
                                    .map(l -> f.getFileName() + ": " + l);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertEquals(List.of(), offending);
    }
}
