package org.podium.comment.web;

import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.podium.comment.boundary.Comments;
import org.podium.comment.boundary.CsvImport;
import org.podium.comment.boundary.IntakeInput;
import org.podium.comment.boundary.Receipt;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.Position;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.web.PublicPages;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;
import org.podium.web.Faces;
import org.podium.web.Formats;
import org.primefaces.PrimeFaces;

/**
 * A clerk's intake for one agenda item: a comment that came by e-mail, letter, voicemail or card (with the scanned
 * letter or the recording), and the import of a CSV file with its per-row report.
 */
@Named
@ViewScoped
public class IntakePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Comments comments;

    @Inject
    CsvImport csvImport;

    @Inject
    Meetings meetings;

    @Inject
    Formats formats;

    @Inject
    PodiumConfig config;

    private String itemParam;
    private Long itemId;
    private AgendaItem item;
    private IntakeInput input = new IntakeInput();
    private LocalDateTime receivedAt;
    private transient List<Part> files;
    private transient Part csv;
    private CsvImport.Report report;
    private CsvImport.Prepared prepared;
    private CsvImport.Progress progress;

    public void load() throws IOException {
        if (item != null && FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Long id = PublicPages.parse(itemParam);
        item = Faces.orNotFound(id, meetings::item);
        if (item != null) {
            itemId = id;
            receivedAt = present();
        }
    }

    public String enter() {
        Faces.attempt("intake", () -> {
            input.setReceivedAt(formats.instant(receivedAt));
            Receipt r = comments.enter(itemId, input, Uploads.read(files), Faces.locale(), Faces.baseUrl(config), null);
            Faces.info("intake.entered", r.trackingNumber());
            // the next letter of a batch most likely came the same way
            var channel = input.getChannel();
            input = new IntakeInput();
            input.setChannel(channel);
            receivedAt = present();
        });
        return null;
    }

    /**
     * After Faces has checked the form: an empty text is named now, beside the other problems (a date Podium could not
     * read stops the form before {@link #enter}, which would otherwise find the empty text only in a second round).
     */
    public void checkText(ComponentSystemEvent event) {
        var form = event.getComponent();
        if (form instanceof UIForm f && !f.isSubmitted()) {
            return; // another form of the page (the import) was posted
        }
        if (form.findComponent("text") instanceof UIInput text) {
            Object value = text.getSubmittedValue() != null ? text.getSubmittedValue() : text.getLocalValue();
            if (value == null || value.toString().isBlank()) {
                Faces.error(text.getClientId(), "intake.text.required");
                FacesContext.getCurrentInstance().validationFailed();
                FacesContext.getCurrentInstance().renderResponse();
            }
        }
    }

    /** What the received-at field offers: the present minute (a letter opened now), which the clerk changes. */
    private LocalDateTime present() {
        return LocalDateTime.now(config.zone()).truncatedTo(ChronoUnit.MINUTES);
    }

    /** Rows imported per request: a large file goes in chunks, so that the page can show its progress. */
    static final int CHUNK = 100;

    public String importCsv() {
        report = null;
        prepared = null;
        try {
            if (csv == null || csv.getSize() == 0) {
                throw PodiumException.invalid("file", "import.empty");
            }
            String text;
            try (var in = csv.getInputStream()) {
                text = CsvImport.decode(in.readAllBytes());
            }
            prepared = csvImport.prepare(text);
            progress = new CsvImport.Progress();
            importNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            prepared = null;
            Faces.report(e, "import");
        }
        return null;
    }

    /** The next chunk of a running import; the page asks for chunks until the file is done. */
    public void importNext() {
        if (prepared == null) {
            return;
        }
        csvImport.importRows(itemId, prepared, progress, CHUNK, Faces.locale(), Faces.baseUrl(config));
        boolean done = progress.done() >= prepared.rows().size();
        if (done) {
            report = progress.report(prepared.rows().size());
            prepared = null;
        }
        var ajax = PrimeFaces.current();
        if (ajax.isAjaxRequest()) {
            ajax.ajax().addCallbackParam("importDone", done);
        }
    }

    public boolean isImporting() {
        return prepared != null;
    }

    public int getImportDone() {
        return progress == null ? 0 : progress.done();
    }

    public int getImportTotal() {
        return prepared == null
                ? (report == null ? 0 : report.rows())
                : prepared.rows().size();
    }

    public int getPercent() {
        int total = getImportTotal();
        return total == 0 ? 0 : getImportDone() * 100 / total;
    }

    public CsvImport.Report getReport() {
        return report;
    }

    public List<Channel> getChannels() {
        return List.of(Channel.EMAIL, Channel.LETTER, Channel.VOICEMAIL, Channel.CARD);
    }

    public List<Position> getPositions() {
        return List.of(Position.values());
    }

    public List<CsvImport.RowError> getErrors() {
        return report == null ? List.of() : report.errors();
    }

    public boolean isReported() {
        return report != null;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getItemParam() {
        return itemParam;
    }

    public void setItemParam(String itemParam) {
        this.itemParam = itemParam;
    }

    public IntakeInput getInput() {
        return input;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public Part getCsv() {
        return csv;
    }

    public void setCsv(Part csv) {
        this.csv = csv;
    }
}
