//go:build linux

package main

import (
	"bytes"
	"os"
	"runtime"
	"syscall"
)

// hugeHeapBytes is how much of the heap hugeHeap has backed by huge
// pages: more than the 417 BBC politics articles need (about 12 MB with
// the gazetteers), less than the collector's first goal at roomyGCPercent
// (32 MB), so that the runtime keeps it rather than handing it back.
const hugeHeapBytes = 24 << 20

// hugeHeap has the next hugeHeapBytes of the heap backed by transparent
// huge pages, where the kernel gives them only to memory that asks
// (transparent_hugepage/enabled is "madvise", as on most distributions).
// The runtime does not ask for its heap, so every 4 KB page extract
// touches first costs a page fault, some 13 us on a virtual machine: the
// 417 BBC politics articles fault 2,600 times after start-up, a sixth of
// their CPU, almost all of it on fresh heap (extract keeps no collection
// from reusing it, see roomyGC). A huge page costs one fault per 2 MB.
//
// The runtime offers no way to advise its heap, so hugeHeap allocates a
// block (mapped, never touched), advises it and frees it with a
// collection: the runtime then hands its pages out to what extract
// allocates next, the gazetteers first. The collection costs about 3 ms
// of CPU on one processor (some 170 faults for its own structures), which
// the gazetteers' faults alone about repay; extract calls this only for
// several inputs, after oneProcessor (on two processors, the collection
// costs more than one short article saves).
func hugeHeap() {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !bytes.Contains(mode, []byte("[madvise]")) {
		return // no huge pages, or the heap has them already ("always")
	}
	if syscall.Madvise(make([]byte, hugeHeapBytes), syscall.MADV_HUGEPAGE) != nil {
		return
	}
	runtime.GC()
}
