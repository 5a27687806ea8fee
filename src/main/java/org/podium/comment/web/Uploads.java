package org.podium.comment.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.podium.comment.control.AttachmentPolicy;

/** Files chosen in a page's file field, read into memory for the checks of {@link AttachmentPolicy}. */
final class Uploads {

    private Uploads() {}

    /** The non-empty parts with the names their senders gave them; none when nothing was chosen. */
    static List<AttachmentPolicy.Upload> read(List<Part> parts) {
        List<AttachmentPolicy.Upload> result = new ArrayList<>();
        if (parts != null) {
            for (Part p : parts) {
                if (p.getSize() > 0) {
                    try (var in = p.getInputStream()) {
                        result.add(new AttachmentPolicy.Upload(p.getSubmittedFileName(), in.readAllBytes()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return result;
    }
}
