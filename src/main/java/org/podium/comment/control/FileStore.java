package org.podium.comment.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.podium.platform.PodiumConfig;

/**
 * The bytes of attachments, in the files folder (outside the web application) under generated names that carry no
 * part of what the sender called the file. A file written inside a transaction that rolls back is deleted again, so
 * no file outlives its comment row and no comment row points at a missing file. Several instances share one folder
 * (PODIUM_FILES_DIR on a shared volume, docs/operations.md): a file stored by one is read by any.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PodiumConfig config;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Writes the bytes under a new name (in the caller's transaction) and returns the name. */
    public String store(byte[] content) {
        Path dir = directory();
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String name = HexFormat.of().formatHex(random) + ".bin";
        Path target = dir.resolve(name);
        try {
            Path temp = Files.createTempFile(dir, "upload-", ".part");
            // on disk before the comment's row is committed: a power cut must not leave a row pointing at nothing
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
                folder.force(true); // the new name too
            } catch (IOException e) {
                // not every file system lets a folder be synced; the file itself is
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an attachment in " + dir, e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    delete(target);
                }
            }
        });
        return name;
    }

    public byte[] read(String storedName) {
        if (!storedName.matches("[0-9a-f]{32}\\.bin")) {
            throw new IllegalArgumentException("not a stored name");
        }
        try {
            return Files.readAllBytes(directory().resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path directory() {
        Path dir = Path.of(config.filesDir()).toAbsolutePath().normalize();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the files folder " + dir, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning("Could not delete the orphaned file " + file.getFileName() + ": " + e.getMessage());
        }
    }
}
