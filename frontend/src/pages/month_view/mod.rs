//! The sortie d'audience month views (features §2.5): « Sortie d'audience JAP », « SAP DDSE »
//! and « Sortie d'audience SPIP »: every seat of every slot of a month at a place, with the
//! TJ's extra columns filled in place, and a print view.

mod day_table;
mod extra_cell;
mod page;

pub use page::MonthViewPage;
