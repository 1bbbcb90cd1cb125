"""What every part of the interface shares: context, settings, languages, fonts, workers."""
