package dev.toitsu.registry;

/**
 * How information or a medium was disposed of (001 3.1.1(7), 003 3.1⑤). Overwriting and degaussing do not reliably
 * erase SSDs and flash memory: see {@code DisposalPolicy}.
 */
public enum DisposalMethod {
    CRYPTO_ERASE,
    OVERWRITE,
    DEGAUSS,
    PHYSICAL_DESTRUCTION,
    SHREDDING,
    DELETION,
    OTHER
}
