namespace SharpStack.Common.Paging;

public enum SortDirection
{
    Asc,
    Desc,
}
