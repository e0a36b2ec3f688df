package dev.toitsu.registry;

/** 機器等 (R5 definition): servers, terminals, network devices, 複合機, 特定用途機器 (incl. IoT), software. */
public enum EquipmentKind {
    SERVER,
    TERMINAL,
    NETWORK_DEVICE,
    MULTIFUNCTION_DEVICE,
    SPECIAL_PURPOSE_DEVICE,
    SOFTWARE,
    OTHER
}
