package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// findChromium looks for a Chromium to drive: $NEWSDESK_CHROMIUM, else
// Debian's chromium (which .ci/run installs) or a Chrome on the PATH.
func findChromium() string {
	if p := os.Getenv("NEWSDESK_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// screenshotDir is where the browser test leaves its screenshots:
// $NEWSDESK_SCREENSHOTS, else newsdesk-screenshots in the temporary folder.
func screenshotDir() string {
	if d := os.Getenv("NEWSDESK_SCREENSHOTS"); d != "" {
		return d
	}
	return filepath.Join(os.TempDir(), "newsdesk-screenshots")
}

// pageProblems collects what must not happen on our pages: a dialog (a
// script of hostile text ran), an uncaught exception, a CSP violation or
// any other error the browser logs.
type pageProblems struct {
	mu   sync.Mutex
	list []string
}

func (p *pageProblems) listen(ev any) {
	var msg string
	switch e := ev.(type) {
	case *page.EventJavascriptDialogOpening:
		msg = "dialog opened: " + e.Message
	case *runtime.EventExceptionThrown:
		msg = "exception: " + e.ExceptionDetails.Text
	case *log.EventEntryAdded:
		if e.Entry.Level == log.EntryLevelError && !strings.Contains(e.Entry.URL, "favicon") {
			msg = "browser log: " + e.Entry.Text
		}
	}
	if msg != "" {
		p.mu.Lock()
		p.list = append(p.list, msg)
		p.mu.Unlock()
	}
}

func (p *pageProblems) check(t *testing.T) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range p.list {
		t.Error(m)
	}
	p.list = nil
}

// TestBrowser drives headless Chromium over the demo database: a search
// typed into the box, the results and the escaped hostile quote, the copy
// citation button and the clipboard, and screenshots of the search,
// person and figures pages.
func TestBrowser(t *testing.T) {
	exe := findChromium()
	if exe == "" {
		t.Skip("no Chromium found (apt-get install -y chromium, or set NEWSDESK_CHROMIUM): skipping the browser test")
	}
	srv := httptest.NewServer(newTestServer(t, Config{}))
	defer srv.Close()
	shots := screenshotDir()
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", shots)

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(1100, 900), chromedp.UserDataDir(t.TempDir()))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	problems := &pageProblems{}
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(problems.listen))
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	// the clipboard needs its permissions and, headless, a page that
	// counts as focused
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted, Origin: srv.URL}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := chromedp.Call(ctx, log.Enable, struct{}{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}

	t.Run("search", func(t *testing.T) {
		must(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(`input[name="q"]`)))
		must(t, chromedp.Do(ctx, chromedp.SendKeys(`input[name="q"]`, "communiques")))
		if _, err := chromedp.RunResponse(ctx, chromedp.Click(`form.search button[type="submit"]`)); err != nil {
			t.Fatal(err)
		}
		must(t, chromedp.Do(ctx, chromedp.WaitVisible(`article.quote mark`)))
		loc := run(t, ctx, chromedp.Evaluate[string](`location.search`))
		if loc != "?q=communiques" {
			t.Errorf("the search is not a link to share: %q", loc)
		}
		n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("article.quote").length`))
		mark := run(t, ctx, chromedp.Text(`article.quote mark`))
		who := run(t, ctx, chromedp.Text(`article.quote .who`))
		if n != 1 || mark != "communiqués" || !strings.Contains(who, "Ingrid Solberg, Foreign Minister (Norway)") {
			t.Errorf("results: %d quotes, mark %q, speaker %q", n, mark, who)
		}
		problems.check(t)
	})

	t.Run("copy citation", func(t *testing.T) {
		want := run(t, ctx, chromedp.Evaluate[string](`document.querySelector("button.copy").dataset.citation`))
		if !strings.HasPrefix(want, "“But the people of Darfur cannot eat communiqués”, Ingrid Solberg, Foreign Minister (Norway)") {
			t.Fatalf("citation %q", want)
		}
		must(t, chromedp.Do(ctx, chromedp.WaitVisible(`button.copy`), chromedp.Click(`button.copy`)))
		run(t, ctx, chromedp.Poll[bool](`document.querySelector("button.copy").textContent === "Copied"`, chromedp.WithPollingTimeout(5*time.Second)))
		got := run(t, ctx, chromedp.Evaluate[string](`navigator.clipboard.readText()`, chromedp.EvalAwaitPromise))
		if got != want {
			t.Errorf("clipboard holds %q, want %q", got, want)
		}
		problems.check(t)
	})

	t.Run("hostile quote is text", func(t *testing.T) {
		must(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/?q=silenced"), chromedp.WaitVisible(`article.quote`)))
		text := run(t, ctx, chromedp.TextContent(`article.quote blockquote`))
		who := run(t, ctx, chromedp.TextContent(`article.quote .who`))
		head := run(t, ctx, chromedp.TextContent(`article.quote .src a`))
		if !strings.Contains(text, hostileQuote) || !strings.Contains(who, hostileSpeaker) || !strings.Contains(who, hostileTitle) || head != hostileHead {
			t.Errorf("hostile text not shown as text:\n%q\n%q\n%q", text, who, head)
		}
		scripts := run(t, ctx, chromedp.Evaluate[int](`document.scripts.length`))
		marked := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("main img, main b, main i, main script").length`))
		title := run(t, ctx, chromedp.Title())
		if scripts != 1 || marked != 0 || strings.Contains(title, "pwned") {
			t.Errorf("hostile markup became elements: %d scripts, %d img/b/i/script in main, title %q", scripts, marked, title)
		}
		problems.check(t)
	})

	t.Run("screenshots", func(t *testing.T) {
		var solberg int64
		if err := openDemo(t).SQL().QueryRow("SELECT id FROM people WHERE name = 'Ingrid Solberg'").Scan(&solberg); err != nil {
			t.Fatal(err)
		}
		for _, s := range []struct{ name, path string }{
			{"search.png", "/?q=talks+OR+communiques+OR+faith"},
			{"person.png", fmt.Sprintf("/people/%d", solberg)},
			{"figures.png", "/figures"},
			{"feeds.png", "/feeds"},
		} {
			// Navigate waits for the load event; a selector wait after it can
			// miss the new document of a page that loads that fast
			must(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+s.path)))
			shot(t, ctx, filepath.Join(shots, s.name))
		}
		// a phone: the search page must be readable without zooming
		must(t, chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(2)),
			chromedp.Navigate(srv.URL+"/?speaker=solberg"), chromedp.WaitVisible(`article.quote`)))
		if w := run(t, ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); w > 390 {
			t.Errorf("the page is %d px wide on a 390 px phone", w)
		}
		shot(t, ctx, filepath.Join(shots, "search-phone.png"))
		problems.check(t)
		for _, name := range []string{"search.png", "person.png", "figures.png", "feeds.png", "search-phone.png"} {
			if fi, err := os.Stat(filepath.Join(shots, name)); err != nil || fi.Size() < 5000 {
				t.Errorf("screenshot %s: %v", name, err)
			}
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// run runs an action and returns its value, failing the test on error.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// shot saves a screenshot of the whole page as PNG.
func shot(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	png := run(t, ctx, chromedp.FullScreenshot(100))
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
}
