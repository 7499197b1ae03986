//go:build !linux

package main

// hugeHeap does nothing: only Linux has transparent huge pages to ask for.
func hugeHeap() {}
