"""Word and name data shipped with wirecheck (see LICENSES in this folder)."""
