package dev.toitsu.registry;

/** 外部電磁的記録媒体. USB memory, SSDs and SD cards are flash memory: overwriting does not reliably erase them. */
public enum MediumKind {
    USB_MEMORY(true),
    EXTERNAL_SSD(true),
    EXTERNAL_HDD(false),
    SD_CARD(true),
    OPTICAL_DISC(false),
    OTHER(false);

    private final boolean flash;

    MediumKind(boolean flash) {
        this.flash = flash;
    }

    public boolean flash() {
        return flash;
    }
}
