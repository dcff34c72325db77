//! `/api/v1/stats`: every figure of a hand-computed data set, per service and nationally;
//! who may read which figures; bad input; the CSV files.

mod access;
mod csv;
mod figures;
mod fixture;
mod kept;
