//go:build unix

package web

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used, user and system:
// unlike the wall clock, it does not count the time other programs on a
// shared machine take.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
