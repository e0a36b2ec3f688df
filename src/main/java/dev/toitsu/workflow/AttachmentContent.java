package dev.toitsu.workflow;

/** An attachment's bytes, for download. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {

    public AttachmentContent {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
