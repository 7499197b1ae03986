package pipeline

import (
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
)

// trackingParams are query parameters that name a campaign, not a page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"igshid": true, "yclid": true, "_ga": true, "_gl": true, "ref_src": true, "cmpid": true,
	"ocid": true, "ncid": true, "smid": true, "sr_share": true, "at_medium": true,
	"at_campaign": true, "CMP": true, "cmp": true, "soc_src": true, "soc_trk": true,
}

// CanonicalURL is the identity of an article's URL: the fragment and
// tracking parameters (utm_*, fbclid, gclid, ...) removed, the scheme and
// host lower-cased, the remaining parameters sorted. An unparsable URL is
// returned as it is.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	u.Fragment = ""
	u.RawFragment = ""
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && strings.HasSuffix(u.Host, ":80")) || (u.Scheme == "https" && strings.HasSuffix(u.Host, ":443")) {
		u.Host = u.Host[:strings.LastIndexByte(u.Host, ':')]
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") || trackingParams[k] {
				q.Del(k)
			}
		}
		keys := make([]string, 0, len(q))
		for k := range q {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			for _, v := range q[k] {
				if b.Len() > 0 {
					b.WriteByte('&')
				}
				b.WriteString(url.QueryEscape(k))
				b.WriteByte('=')
				b.WriteString(url.QueryEscape(v))
			}
		}
		u.RawQuery = b.String()
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

// ErrUnsafeLink: an item links somewhere newsdesk will not go. A remote
// feed's items may link only to http(s) pages; a local feed's items also to
// files in the feed file's folder and below it.
var ErrUnsafeLink = errors.New("pipeline: refusing link")

// resolveLink makes an item's link absolute: against the feed's URL, or for
// a local feed, as a file: URL against the feed file's folder (a link that
// is already an http(s) URL stays as it is). A link outside what
// ErrUnsafeLink allows is refused: a feed is someone else's document, and
// "file:///home/me/.ssh/id_rsa" or "../../etc/passwd" must not be read and
// stored as an article.
func resolveLink(feedURL, link string) (string, error) {
	if link == "" {
		return "", nil
	}
	if isRemote(feedURL) {
		u, err := urlJoin(feedURL, link)
		if err != nil || !isFetchable(u) {
			return "", fmt.Errorf("%w %q: an item of a remote feed may link only to http or https pages", ErrUnsafeLink, link)
		}
		return u, nil
	}
	u, err := url.Parse(link)
	if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return u.String(), nil
	}
	path := filepath.FromSlash(link)
	switch {
	case err == nil && u.Scheme == "file":
		path = filepath.FromSlash(u.Path)
	case err == nil && len(u.Scheme) > 1: // javascript:, data:, mailto:, ftp:, ... ("C:" is a drive)
		return "", fmt.Errorf("%w %q: a feed's items may link only to http(s) pages or to files beside the feed", ErrUnsafeLink, link)
	}
	dir := filepath.Dir(feedURL)
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, path)
	}
	path = filepath.Clean(path)
	if rel, err := filepath.Rel(dir, path); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%w %q: a local feed's items may link only to files in the feed's folder (%s) or below it", ErrUnsafeLink, link, dir)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String(), nil
}

// isRemote reports an http(s) URL, whatever the case of its scheme.
func isRemote(s string) bool {
	return len(s) > 7 && strings.EqualFold(s[:7], "http://") || len(s) > 8 && strings.EqualFold(s[:8], "https://")
}

// isFetchable reports an http(s) URL that parses back with a host: a join
// can print a URL ("https://::") that no client could dial.
func isFetchable(s string) bool {
	u, err := url.Parse(s)
	return err == nil && isRemote(s) && u.Hostname() != ""
}

// urlJoin resolves ref against base.
func urlJoin(base, ref string) (string, error) {
	b, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	r, err := url.Parse(ref)
	if err != nil {
		return "", err
	}
	return b.ResolveReference(r).String(), nil
}
