package recorder.javac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/** Records the temp directory of the javac that runs it, so the IT can tell a forked javac got its own. */
@SupportedAnnotationTypes("*")
public class TmpdirProcessor extends AbstractProcessor {

    private boolean recorded;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!recorded) {
            recorded = true;
            try (Writer out = processingEnv.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", "javac-tmpdir.txt")
                    .openWriter()) {
                out.write(System.getProperty("java.io.tmpdir"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }
}
