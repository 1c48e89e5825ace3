// Moved to views/: crawl.ts (the lead's file) imports it from here until the merge.
export { formatCrawlSummary } from './views/summary.ts';
