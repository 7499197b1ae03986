package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/newsdesk/newsdesk/cmd/newsdesk/internal/web"
	"github.com/newsdesk/newsdesk/storage"
)

// shutdownGrace is how long requests in flight get to finish after
// SIGINT or SIGTERM.
const shutdownGrace = 15 * time.Second

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "\n\nServes one database read-only: the JSON API under /api/v1 (described at\n/api/v1/openapi.json), the quote search page at /, /healthz and /metrics.")
	dbPath := fs.String("db", defaultDB(), dbUsage+"; must exist; never written")
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on (port 0 picks a free one)")
	cors := fs.Bool("cors", false, "add Access-Control-Allow-Origin: * to the API's answers")
	quiet := fs.Bool("quiet", false, "log errors only, not every request")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError(e, fs, "serve takes no arguments")
	}
	db, err := storage.OpenReadOnly(ctx, *dbPath)
	if errors.Is(err, storage.ErrNoDatabase) {
		return fmt.Errorf("%w (run 'newsdesk ingest' first, or give -db FILE)", err)
	}
	if err != nil {
		return err
	}
	defer db.Close()
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelError
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
	h, err := web.New(web.Config{DB: db, CORS: *cors, Log: log})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute, // CSV and JSON Lines exports extend it page by page
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	fmt.Fprintf(e.stdout, "newsdesk serve: %s on http://%s/\n", shownDB(*dbPath), ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing requests in flight", "grace", shutdownGrace)
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
