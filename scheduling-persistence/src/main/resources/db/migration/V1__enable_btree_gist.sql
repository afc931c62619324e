-- btree_gist lets an exclusion constraint combine "same coach" (=, a btree
-- operator) with "overlapping time" (&&, a GiST range operator): the heart of
-- "nobody can ever take the same coach at an overlapping time".
CREATE EXTENSION IF NOT EXISTS btree_gist;
