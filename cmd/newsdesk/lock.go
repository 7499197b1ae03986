package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// dbLock is an exclusive advisory lock on DB.lock beside the database: two
// ingests on one database never run at once, so none double-processes. The
// kernel drops the lock when the process dies, so a killed run leaves none.
type dbLock struct{ f *os.File }

// lockDatabase takes the lock of the database at dbPath. When another
// process holds it, it fails with errLocked, or when wait is set, calls
// waiting once and waits until the lock is free or ctx ends.
func lockDatabase(ctx context.Context, dbPath string, wait bool, waiting func()) (*dbLock, error) {
	f, err := os.OpenFile(dbPath+".lock", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dbPath, err)
	}
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return &dbLock{f: f}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", dbPath, err)
		}
		if !wait {
			f.Close()
			return nil, fmt.Errorf("%w (%s); try again later or use --if-running=wait", errLocked, dbPath)
		}
		if waiting != nil {
			waiting()
			waiting = nil
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("waiting for the lock on %s: %w", dbPath, context.Cause(ctx))
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func (l *dbLock) release() {
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	l.f.Close()
}
