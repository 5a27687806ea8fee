package org.podium.insight.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.podium.insight.boundary.ItemKeyPoints;
import org.podium.insight.boundary.KeyPointEdits;
import org.podium.insight.boundary.KeyPointSchedule;
import org.podium.meeting.boundary.Meetings;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.web.PublicPages;
import org.podium.web.Faces;

/**
 * clerk/keypoints.xhtml: an item's key points as staff see them, each with its edits in one step (rename, retire,
 * merge into another of its side, split into wordings one per line), a point in the clerk's words, a new proposal.
 * After an edit the comments are matched again in the background; the page looks again every two seconds meanwhile.
 */
@Named
@ViewScoped
public class KeyPointsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ItemKeyPoints keyPoints;

    @Inject
    transient KeyPointEdits edits;

    @Inject
    transient KeyPointSchedule schedule;

    @Inject
    transient Meetings meetings;

    private String itemParam;
    private Long itemId;
    private String number;
    private String title;
    private Long meetingId;
    private ItemKeyPoints.View view;
    private final Map<Long, String> wording = new HashMap<>();
    private final Map<Long, String> into = new HashMap<>();
    private final Map<Long, String> split = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private Long open;
    private String newSide = "OPPOSE";
    private String newText;

    /** f:viewAction: an unknown item is a 404. */
    public void load() throws IOException {
        if (view != null && FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        itemId = PublicPages.parse(itemParam);
        AgendaItem item = Faces.orNotFound(itemId, meetings::itemForClerks);
        if (item == null) {
            return;
        }
        number = item.getNumber();
        title = item.getTitle();
        meetingId = item.getMeeting().getId();
        reload();
    }

    /** Reads the points again (after an edit, and while the comments are being matched again). */
    public void reload() {
        view = keyPoints.views(itemId).staff();
        wording.clear();
        names.clear();
        for (ItemKeyPoints.Side s : view.sides()) {
            for (ItemKeyPoints.Point p : s.points()) {
                wording.put(p.id(), p.text());
                names.put(p.id(), p.text());
            }
            for (ItemKeyPoints.Point p : s.madeOnce()) {
                if (p.id() != null) {
                    wording.put(p.id(), p.text());
                    names.put(p.id(), p.text());
                }
            }
        }
    }

    public boolean isReading() {
        return itemId != null && schedule.busy(itemId);
    }

    public void rename(long id) {
        edit(id, () -> edits.rename(id, wording.get(id)), "keypoints.saved");
    }

    public void retire(long id) {
        edit(id, () -> edits.retire(id), "keypoints.retired");
    }

    public void merge(long id) {
        String target = into.get(id);
        Long to = target == null || !target.matches("\\d{1,18}") ? null : Long.valueOf(target);
        if (edit(id, () -> edits.merge(id, to), "keypoints.merged")) {
            into.remove(id);
        }
    }

    public void split(long id) {
        String text = split.get(id);
        List<String> lines = text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
        if (edit(id, () -> edits.split(id, lines), "keypoints.split.done", lines.size())) {
            split.remove(id);
        }
    }

    /**
     * One point's edit: done, the page waits (a few seconds at most) for the comments to be matched again and shows
     * the result; refused, the message names the point, what was typed stays and the point's edits stay open.
     */
    private boolean edit(long id, Runnable action, String done, Object... args) {
        String name = names.getOrDefault(id, "");
        try {
            action.run();
        } catch (RuntimeException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    Faces.text("keypoints.failed", name, Faces.problemText(e)),
                                    null));
            FacesContext.getCurrentInstance().validationFailed();
            open = id;
            return false;
        }
        Faces.info(done, args);
        open = null;
        awaitReading(5_000);
        reload();
        return true;
    }

    /** Waits until the item's comments are matched again (after an edit, a reading starts at once), at most so long. */
    private void awaitReading(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        try {
            Thread.sleep(50);
            while (schedule.busy(itemId) && System.nanoTime() < until) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void add() {
        if (Faces.attempt("newPoint", () -> edits.add(itemId, newSide, newText))) {
            Faces.info("keypoints.added");
            newText = null;
            open = null;
            awaitReading(5_000);
            reload();
        }
    }

    public void proposeAgain() {
        if (Faces.attempt("keyPoints", () -> edits.proposeAgain(itemId))) {
            Faces.info("keypoints.proposed");
            awaitReading(15_000);
        }
        reload();
    }

    /** The point whose edits stay open (a refused edit), else none. */
    public Long getOpen() {
        return open;
    }

    /** The other points of a side, for "merge into". */
    public List<ItemKeyPoints.Point> others(ItemKeyPoints.Side side, ItemKeyPoints.Point p) {
        return Stream.concat(side.points().stream(), side.madeOnce().stream())
                .filter(o -> o.id() != null && !o.id().equals(p.id()))
                .toList();
    }

    public ItemKeyPoints.View getView() {
        return view;
    }

    public Map<Long, String> getWording() {
        return wording;
    }

    public Map<Long, String> getInto() {
        return into;
    }

    public Map<Long, String> getSplit() {
        return split;
    }

    public String getNewSide() {
        return newSide;
    }

    public void setNewSide(String newSide) {
        this.newSide = newSide;
    }

    public String getNewText() {
        return newText;
    }

    public void setNewText(String newText) {
        this.newText = newText;
    }

    public String getItem() {
        return itemParam;
    }

    public void setItem(String item) {
        this.itemParam = item;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public Long getMeetingId() {
        return meetingId;
    }
}
