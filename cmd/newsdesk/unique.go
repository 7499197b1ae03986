package main

import (
	"context"
	"strconv"

	"github.com/newsdesk/newsdesk/storage"
)

// writeClusters prints `newsdesk quotes --unique`: each quotation once,
// however often it was printed, the most printed first.
func writeClusters(ctx context.Context, e *env, db *storage.DB, f storage.Filter, format string) error {
	rows, err := db.QuoteClusters(ctx, f)
	if err != nil {
		return err
	}
	out := listing[storage.ClusterRow]{
		rows:   rows,
		header: []string{"text", "speaker", "sources", "outlets", "first_seen", "cluster_id"},
		record: func(r storage.ClusterRow) []string {
			return []string{r.Text, r.Speaker, strconv.Itoa(r.Sources), strconv.Itoa(r.Outlets), r.FirstSeen, strconv.FormatInt(r.ID, 10)}
		},
		columns: []column{{name: "FIRST SEEN", max: 10, keep: true}, {name: "SPEAKER", max: 24}, {name: "SOURCES", max: 7, right: true},
			{name: "OUTLETS", max: 7, right: true, drop: 1}, {name: "QUOTE"}},
		cells: func(r storage.ClusterRow) []string {
			return []string{datePart(r.FirstSeen), r.Speaker, strconv.Itoa(r.Sources), strconv.Itoa(r.Outlets), r.Text}
		},
	}
	return out.write(e.stdout, format)
}
