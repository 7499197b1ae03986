package pipeline

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/riverqueue/river/rivertype"
)

// JobStateCount is how many jobs of one kind are in one of River's states
// (available, running, retryable, completed, discarded, ...).
type JobStateCount struct {
	Kind, State string
	Count       int64
}

// JobKinds are the kinds of newsdesk's jobs, as river_job.kind names them.
func JobKinds() []string {
	return []string{FeedArgs{}.Kind(), ArticleArgs{}.Kind(), DueArgs{}.Kind(), ReextractArgs{}.Kind()}
}

// QueueStates counts the jobs in the queue of a PostgreSQL database by
// kind and state, read from river_job in db's current schema (River
// prunes finished jobs after a day, so completed, cancelled and discarded
// count the last day's). Every kind of JobKinds, and any other kind found,
// comes with every state of River's, zero where there is none, so that a
// series does not vanish when its jobs do. A database whose queue was
// never set up (no worker or ingest has run on it) gives zeros. Ordered by
// kind, then state. It only reads, and so works on a read-only session.
func QueueStates(ctx context.Context, db *sql.DB) ([]JobStateCount, error) {
	var table sql.NullString
	if err := db.QueryRowContext(ctx, "SELECT to_regclass('river_job')::text").Scan(&table); err != nil {
		return nil, fmt.Errorf("pipeline: look for the job table: %w", err)
	}
	found := map[[2]string]int64{}
	kinds := JobKinds()
	var states []string
	for _, s := range rivertype.JobStates() {
		states = append(states, string(s))
	}
	if table.Valid {
		rows, err := db.QueryContext(ctx, "SELECT kind, state::text, count(*) FROM river_job GROUP BY kind, state")
		if err != nil {
			return nil, fmt.Errorf("pipeline: count the jobs: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var kind, state string
			var n int64
			if err := rows.Scan(&kind, &state, &n); err != nil {
				return nil, fmt.Errorf("pipeline: count the jobs: %w", err)
			}
			found[[2]string{kind, state}] = n
			if !slices.Contains(kinds, kind) {
				kinds = append(kinds, kind)
			}
			if !slices.Contains(states, state) {
				states = append(states, state)
			}
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("pipeline: count the jobs: %w", err)
		}
	}
	slices.Sort(kinds)
	slices.Sort(states)
	out := make([]JobStateCount, 0, len(kinds)*len(states))
	for _, k := range kinds {
		for _, s := range states {
			out = append(out, JobStateCount{Kind: k, State: s, Count: found[[2]string{k, s}]})
		}
	}
	return out, nil
}
