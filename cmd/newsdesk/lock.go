package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/newsdesk/newsdesk/storage"
)

// dbLock is an exclusive advisory lock on DB.lock beside the database, or
// on PostgreSQL a pg_advisory_lock: two ingests on one database never run
// at once, so none double-processes. The kernel (or the server, when the
// session ends) drops the lock when the process dies, so a killed run
// leaves none.
type dbLock struct {
	f  *os.File
	pg *storage.Lock
}

// ingestLockKey is the advisory lock of ingest and reextract on PostgreSQL.
const ingestLockKey = 0x6e647369 // "ndsi"

// lockDatabase takes the lock of the database at dbPath. When another
// process holds it, it fails with errLocked, or when wait is set, calls
// waiting once and waits until the lock is free or ctx ends.
func lockDatabase(ctx context.Context, dbPath string, wait bool, waiting func()) (*dbLock, error) {
	if storage.IsPostgres(dbPath) {
		return lockPostgres(ctx, dbPath, wait, waiting)
	}
	f, err := os.OpenFile(dbPath+".lock", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dbPath, err)
	}
	for {
		held, err := tryLockFile(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", dbPath, err)
		}
		if !held {
			return &dbLock{f: f}, nil
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

// lockPostgres is lockDatabase on PostgreSQL.
func lockPostgres(ctx context.Context, url string, wait bool, waiting func()) (*dbLock, error) {
	for {
		l, ok, err := storage.TryLock(ctx, url, ingestLockKey)
		switch {
		case err != nil:
			return nil, err
		case ok:
			return &dbLock{pg: l}, nil
		case !wait:
			return nil, fmt.Errorf("%w; try again later or use --if-running=wait", errLocked)
		}
		if waiting != nil {
			waiting()
			waiting = nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for the lock: %w", context.Cause(ctx))
		case <-time.After(time.Second):
		}
	}
}

func (l *dbLock) release() {
	if l.pg != nil {
		l.pg.Release()
		return
	}
	unlockFile(l.f)
	l.f.Close()
}
