package pipeline

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/newsdesk/newsdesk/storage"
)

// ReextractArgs is a batch of stored articles to extract again with the
// current rules (storage.DB.ReextractArticles): 'newsdesk reextract' on
// PostgreSQL spreads a database's articles over such jobs, which every
// worker shares. Extracting again is idempotent (an article whose records
// come out the same is left alone), so a batch retried after a failure
// half-way does again only what it had not done.
type ReextractArgs struct {
	IDs []int64 `json:"ids" river:"unique"`
	// Run tags the batches of one reextract, so that it can wait for them
	// and sum up what they did.
	Run string `json:"run,omitempty"`
}

// Kind names the job in river_job.kind.
func (ReextractArgs) Kind() string { return "newsdesk_reextract" }

// InsertOpts: a batch is not queued twice while it waits or runs (two
// reextracts at once share it); once done, a later reextract queues it
// again.
func (ReextractArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueReextract, MaxAttempts: articleAttempts, UniqueOpts: river.UniqueOpts{ByArgs: true,
		ByState: []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStatePending,
			rivertype.JobStateRunning, rivertype.JobStateRetryable, rivertype.JobStateScheduled}}}
}

// QueueReextract is the queue of ReextractArgs, apart from the articles'
// so that a back catalogue being extracted again does not hold up new
// articles.
const QueueReextract = "reextract"

// DefaultReextractBatch is how many articles a ReextractArgs job holds
// unless told otherwise: a few seconds of extraction, well inside a job's
// timeout.
const DefaultReextractBatch = 100

// reextractWorker works ReextractArgs.
type reextractWorker struct {
	river.WorkerDefaults[ReextractArgs]
	q *Queue
}

func (w *reextractWorker) Work(ctx context.Context, job *river.Job[ReextractArgs]) error {
	q := w.q
	st, err := q.p.cfg.DB.ReextractArticles(ctx, job.Args.IDs, q.p.cfg.Extractor.Extract)
	if err != nil {
		return err
	}
	q.counts.Reextracted.Add(int64(st.Articles))
	q.log.Info("articles extracted again", "articles", st.Articles, "changed", st.Changed, "records", st.Records)
	return river.RecordOutput(ctx, st)
}

// EnqueueReextract queues every stored article for extraction again, in
// jobs of batch articles (DefaultReextractBatch if batch <= 0), under a
// new run tag, which it returns for Wait and ReextractDone, with the
// number of articles queued.
func (q *Queue) EnqueueReextract(ctx context.Context, batch int) (run string, articles int, err error) {
	if batch <= 0 {
		batch = DefaultReextractBatch
	}
	ids, err := q.p.cfg.DB.ArticleIDs(ctx)
	if err != nil {
		return "", 0, err
	}
	b := make([]byte, 8)
	rand.Read(b)
	run = hex.EncodeToString(b)
	var params []river.InsertManyParams
	for start := 0; start < len(ids); start += batch {
		params = append(params, river.InsertManyParams{Args: ReextractArgs{IDs: ids[start:min(start+batch, len(ids))], Run: run}})
		if len(params) == 1000 || start+batch >= len(ids) {
			if _, err := q.client.InsertMany(ctx, params); err != nil {
				return "", 0, fmt.Errorf("pipeline: enqueue reextract batches: %w", err)
			}
			params = params[:0]
		}
	}
	return run, len(ids), nil
}

// ReextractDone sums what the finished batches of a reextract run did, by
// whichever worker; failed says how many batches were given up on.
func (q *Queue) ReextractDone(ctx context.Context, run string) (st storage.ReextractStats, failed int, err error) {
	err = q.pool.QueryRow(ctx, `SELECT
			coalesce(sum((metadata->'output'->>'Articles')::bigint), 0),
			coalesce(sum((metadata->'output'->>'Changed')::bigint), 0),
			coalesce(sum((metadata->'output'->>'Records')::bigint), 0),
			count(*) FILTER (WHERE state IN ('discarded', 'cancelled'))
		FROM river_job WHERE kind = $1 AND args->>'run' = $2`, ReextractArgs{}.Kind(), run).
		Scan(&st.Articles, &st.Changed, &st.Records, &failed)
	if err != nil {
		return st, 0, fmt.Errorf("pipeline: sum up reextract run %s: %w", run, err)
	}
	return st, failed, nil
}
