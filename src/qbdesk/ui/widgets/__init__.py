"""Small widgets every page uses: banners, message bars, page headers, empty states, dialogs."""
