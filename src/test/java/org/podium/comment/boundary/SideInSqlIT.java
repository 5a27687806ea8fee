package org.podium.comment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.podium.comment.entity.CommentBuilder.aWebComment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.Position;
import org.podium.comment.entity.Reading;
import org.podium.it.TestInfrastructure;

/**
 * {@link CommentReadings#SIDE_SQL} says in SQL what {@link CommentReadings#side(Comment)} says in Java (the key points'
 * counts cannot load a million comments to ask each): the two must agree on every combination of what they read — the
 * declared position, the stance read, who read it, whether it is unsure. The database of the integration tests
 * (MariaDB, speaking MySQL's SQL) evaluates the SQL.
 */
class SideInSqlIT {

    @Test
    void theSqlSideAgreesWithTheJavaSideOnEveryCombination() throws Exception {
        List<Position> positions = new ArrayList<>(Arrays.asList(Position.values()));
        positions.add(null);
        List<Reading.Source> sources = new ArrayList<>(Arrays.asList(Reading.Source.values()));
        sources.add(null);
        int checked = 0;
        try (Connection db = TestInfrastructure.connect();
                PreparedStatement side = db.prepareStatement("select " + CommentReadings.SIDE_SQL
                        + " from (select ? as stance_source, ? as stance, ? as position, ? as stance_review) t")) {
            for (Position declared : positions) {
                for (Position stance : positions) {
                    for (Reading.Source source : sources) {
                        for (boolean review : new boolean[] {false, true}) {
                            Comment c = aWebComment()
                                    .saying(declared, "On the levy")
                                    .build();
                            c.analysed(new Reading(stance, 0.9, source, review, false, 0, "", false, 0L, null));
                            Position java = CommentReadings.side(c);

                            set(side, 1, source == null ? null : source.name());
                            set(side, 2, stance == null ? null : stance.name());
                            set(side, 3, declared == null ? null : declared.name());
                            side.setBoolean(4, review);
                            try (ResultSet r = side.executeQuery()) {
                                r.next();
                                assertEquals(
                                        java == null ? null : java.name(),
                                        r.getString(1),
                                        "declared " + declared + ", read " + stance + " by " + source
                                                + (review ? ", unsure" : ""));
                            }
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(4 * 4 * (Reading.Source.values().length + 1) * 2, checked);
    }

    private static void set(PreparedStatement s, int i, String value) throws Exception {
        if (value == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, value);
        }
    }
}
