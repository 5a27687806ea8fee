package org.podium.web.fileupload;

import java.io.IOException;

/** Stands for the container's org.apache.catalina.fileupload exceptions, which are recognised by their package. */
public class MalformedStream extends IOException {

    private static final long serialVersionUID = 1L;

    public MalformedStream() {
        super("Stream ended unexpectedly");
    }
}
