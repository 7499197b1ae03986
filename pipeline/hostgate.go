package pipeline

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"time"
)

// hostGate keeps page requests to one host apart by at least gap across
// every worker process, where the Fetcher's per-host limits hold only
// within one. The state is one row per host in PostgreSQL, the time from
// which the host's next request may start; a request reserves the next
// free slot with one upsert (the row lock orders concurrent reservations)
// and sleeps until its slot. No process holds a lock while it waits, so a
// killed worker blocks nobody; its reserved slot just passes unused.
// River queues per host were the other choice, but hosts are not known in
// advance and a queue's limit is per process, not global.
type hostGate struct {
	db  *sql.DB
	gap time.Duration // <= 0: no gate
}

// hostGateTable is the gate's table, made by MigrateQueue.
const hostGateTable = `CREATE TABLE IF NOT EXISTS newsdesk_host_next (
	host    TEXT PRIMARY KEY,
	next_at TIMESTAMPTZ NOT NULL
)`

// reserveSlot takes the host's next slot and returns how long until it
// starts (0 or less: now).
const reserveSlot = `INSERT INTO newsdesk_host_next AS h (host, next_at)
VALUES ($1, clock_timestamp() + $2::bigint * interval '1 microsecond')
ON CONFLICT (host) DO UPDATE SET next_at = greatest(h.next_at, clock_timestamp()) + $2::bigint * interval '1 microsecond'
RETURNING (extract(epoch FROM h.next_at - clock_timestamp()) * 1e6)::bigint - $2::bigint`

// wait returns when a request to link's host may start.
func (g hostGate) wait(ctx context.Context, link string) error {
	u, err := url.Parse(link)
	if g.gap <= 0 || err != nil || u.Host == "" {
		return nil // a local file, or no gate
	}
	var us int64
	if err := g.db.QueryRowContext(ctx, reserveSlot, u.Host, g.gap.Microseconds()).Scan(&us); err != nil {
		return fmt.Errorf("pipeline: reserve a request to %s: %w", u.Host, err)
	}
	if us <= 0 {
		return nil
	}
	t := time.NewTimer(time.Duration(us) * time.Microsecond)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
