# shellcheck shell=bash
# The two volumes of the model: ext4 images on loop devices, one mounted normally (fast, where the
# projects live) and one mounted sync,dirsync (slow, the system temp dir). Everything mounted or
# attached here is recorded so that cleanup undoes exactly that.

MOUNTS=()
LOOPS=()
MOUNTED=""

# mount_image NAME SIZE [MOUNT_OPTIONS]: sets MOUNTED to the mount point (no subshell: the lists must survive).
mount_image() {
    local name=$1 size=$2 options=${3:-} image loop point
    image="$WORK/$name.img"
    point="$WORK/$name"
    truncate -s "$size" "$image"
    # Initialise inode tables and journal now, so no ext4lazyinit thread writes during the measurements.
    mkfs.ext4 -q -F -m 0 -E lazy_itable_init=0,lazy_journal_init=0 "$image"
    loop=$(losetup --find --show "$image")
    LOOPS+=("$loop")
    mkdir -p "$point"
    mount ${options:+-o "$options"} "$loop" "$point"
    MOUNTS+=("$point")
    MOUNTED=$point
}

# Undoes mount_image for everything this script mounted; used by the EXIT trap, so it never fails.
unmount_all() {
    local i point pid
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        point=${MOUNTS[i]}
        # Only this script's processes can use its private mounts (e.g. a surefire fork that outlived an
        # interrupted Maven); stop them by id so the unmount succeeds.
        for pid in $(fuser -m "$point" 2>/dev/null); do
            kill -KILL "$pid" 2>/dev/null || true
        done
        umount "$point" 2>/dev/null || umount -l "$point" 2>/dev/null || echo "bench: could not unmount $point" >&2
    done
    MOUNTS=()
    for i in "${LOOPS[@]}"; do
        losetup -d "$i" 2>/dev/null || echo "bench: could not detach $i" >&2
    done
    LOOPS=()
}
