/** Action entry point; in a scan worker thread, serves scans instead. */
import { run } from './main.js'
import { scanFileJobs } from './scan.js'
import { isScanWorker, serveScanWorker } from './worker-pool.js'

if (isScanWorker()) serveScanWorker(scanFileJobs)
else await run()
