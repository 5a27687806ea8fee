package org.podium.record.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.podium.insight.boundary.ItemKeyPoints;
import org.podium.insight.boundary.Topics;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.AgendaItem;
import org.podium.platform.Bundles;
import org.podium.platform.Database;
import org.podium.platform.PodiumConfig;
import org.podium.record.control.RecordPdf;

/**
 * The record's PDF, one per language, written in the background after finalization (never in a request): to a
 * temporary file, comment by comment, the progress kept in {@code record_file} for the clerk's progress bar; then
 * stored in the database, from which every instance serves it. Plain JDBC, so that the file streams in and out
 * without ever being held in memory whole.
 */
@Stateless
@PermitAll
public class RecordFiles {

    private static final Logger LOG = Logger.getLogger(RecordFiles.class.getName());

    /** WORKING (with the comments written so far), READY or FAILED. */
    public record State(String state, int written, int total, long sizeBytes) {

        public boolean isReady() {
            return state.equals("READY");
        }

        public boolean isWorking() {
            return state.equals("WORKING");
        }

        public int getPercent() {
            return total == 0 ? (isReady() ? 100 : 0) : Math.min(100, written * 100 / total);
        }
    }

    @Resource(lookup = Database.JNDI_NAME)
    DataSource data;

    @Inject
    Records records;

    @Inject
    PodiumConfig config;

    @Inject
    Topics topics;

    @Inject
    ItemKeyPoints keyPoints;

    @Inject
    Meetings meetings;

    /** Claims the PDFs of a meeting's record (a row per language) and writes them, one language after the other. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void render(long meetingId) {
        for (Locale lang : Bundles.SUPPORTED) {
            if (claim(meetingId, lang.getLanguage())) {
                write(meetingId, lang);
            }
        }
    }

    /** The state of a meeting's PDF in a language, if it was ever started. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<State> state(long meetingId, String lang) {
        try (Connection c = data.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select state, written, total, size_bytes from record_file where meeting_id = ? and lang = ?")) {
            ps.setLong(1, meetingId);
            ps.setString(2, lang);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new State(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the record's file state", e);
        }
    }

    /** Copies a ready PDF to {@code out}, streamed from the database. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void copy(long meetingId, String lang, OutputStream out) throws IOException {
        try (Connection c = data.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select content from record_file where meeting_id = ? and lang = ? and state = 'READY'")) {
            ps.setLong(1, meetingId);
            ps.setString(2, lang);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot read the record's PDF", e);
        }
    }

    /**
     * A row WORKING for this language, unless one exists that is not FAILED: the first instance to ask writes it,
     * and a failed one is tried again.
     */
    private boolean claim(long meetingId, String lang) {
        try (Connection c = data.getConnection()) {
            try (PreparedStatement del = c.prepareStatement(
                    "delete from record_file where meeting_id = ? and lang = ? and state = 'FAILED'")) {
                del.setLong(1, meetingId);
                del.setString(2, lang);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into record_file (meeting_id, lang, state, written,"
                    + " total, updated_at) values (?, ?, 'WORKING', 0, 0, ?)")) {
                ps.setLong(1, meetingId);
                ps.setString(2, lang);
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                return true;
            } catch (SQLException duplicate) {
                return false; // another request or instance claimed it
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "cannot claim the record's PDF of meeting " + meetingId, e);
            return false;
        }
    }

    /**
     * The key points of the meeting's items as the public sees them (published comments only), by item number, for
     * the appendix; none where they cannot be read (the appendix is written without them, and says nothing wrong).
     */
    private Map<String, List<RecordPdf.KeyPoint>> keyPoints(long meetingId) {
        Map<String, List<RecordPdf.KeyPoint>> out = new HashMap<>();
        try {
            for (AgendaItem item :
                    meetings.publishedMeeting(meetingId).map(m -> m.getItems()).orElse(List.of())) {
                List<RecordPdf.KeyPoint> lines = new ArrayList<>();
                for (ItemKeyPoints.Side side :
                        keyPoints.everyPublished(item.getId()).sides()) {
                    for (ItemKeyPoints.Point k : side.points()) {
                        lines.add(new RecordPdf.KeyPoint(
                                side.side(), k.text(), k.comments(), k.texts(), false, k.trackingNumbers()));
                    }
                    for (ItemKeyPoints.Point k : side.madeOnce()) {
                        lines.add(new RecordPdf.KeyPoint(
                                side.side(), k.text(), k.comments(), k.texts(), true, k.trackingNumbers()));
                    }
                }
                out.put(item.getNumber(), lines);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the key points of meeting " + meetingId + " could not be read for its record", e);
        }
        return out;
    }

    private void write(long meetingId, Locale lang) {
        Path file = null;
        try {
            List<Records.Entry> entries = records.entries(meetingId);
            Records.Summary summary = records.summary(meetingId).orElseThrow();
            int total = (int)
                    entries.stream().filter(e -> e.kind().equals("comment")).count();
            progress(meetingId, lang.getLanguage(), 0, total);
            file = Files.createTempFile("podium-record-" + meetingId + "-", ".pdf");
            long[] last = {System.nanoTime()};
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                Map<String, List<RecordPdf.KeyPoint>> points = keyPoints(meetingId);
                RecordExport.pdf(
                        summary, entries, lang, config.zone(), t -> topics.name(t, lang), points::get, out, n -> {
                            if (System.nanoTime() - last[0] > 250_000_000L) { // at most four updates a second
                                last[0] = System.nanoTime();
                                progress(meetingId, lang.getLanguage(), n, total);
                            }
                        });
            }
            store(meetingId, lang.getLanguage(), file, total);
            LOG.info(() -> "record of meeting " + meetingId + ": PDF (" + lang.getLanguage() + ") written");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the record's PDF of meeting " + meetingId + " (" + lang + ") failed", e);
            update(
                    meetingId,
                    lang.getLanguage(),
                    "update record_file set state = 'FAILED', updated_at = ? where " + "meeting_id = ? and lang = ?");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "temporary file left: " + file, e);
                }
            }
        }
    }

    private void progress(long meetingId, String lang, int written, int total) {
        try (Connection c = data.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "update record_file set written = ?, total = ?, updated_at = ? where meeting_id = ? and lang = ?")) {
            ps.setInt(1, written);
            ps.setInt(2, total);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setLong(4, meetingId);
            ps.setString(5, lang);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the PDF's progress", e);
        }
    }

    private void store(long meetingId, String lang, Path file, int total) throws IOException {
        try (Connection c = data.getConnection();
                PreparedStatement ps = c.prepareStatement("update record_file set"
                        + " content = ?, size_bytes = ?, state = 'READY', written = ?, total = ?, updated_at = ? where"
                        + " meeting_id = ? and lang = ?");
                InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            ps.setBinaryStream(1, in, size);
            ps.setLong(2, size);
            ps.setInt(3, total);
            ps.setInt(4, total);
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.setLong(6, meetingId);
            ps.setString(7, lang);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("cannot store the record's PDF", e);
        }
    }

    private void update(long meetingId, String lang, String sql) {
        try (Connection c = data.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setLong(2, meetingId);
            ps.setString(3, lang);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "cannot mark the record's PDF of meeting " + meetingId, e);
        }
    }
}
