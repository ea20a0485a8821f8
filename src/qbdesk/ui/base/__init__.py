"""What every part of the window stands on: start-up, languages, paths, logs, icons, threads, money."""
