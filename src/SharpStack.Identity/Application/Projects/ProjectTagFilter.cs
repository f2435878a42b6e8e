namespace SharpStack.Identity.Application.Projects;

/// <summary>The <c>tags</c>, <c>tags-any</c>, <c>not-tags</c> and <c>not-tags-any</c> filters of the project list.</summary>
internal static class ProjectTagFilter
{
    public static bool Matches(IReadOnlyList<string> tags, ProjectFilter filter) =>
        (filter.Tags is null || filter.Tags.All(tags.Contains))
        && (filter.TagsAny is null || filter.TagsAny.Any(tags.Contains))
        && (filter.NotTags is null || !filter.NotTags.All(tags.Contains))
        && (filter.NotTagsAny is null || !filter.NotTagsAny.Any(tags.Contains));
}
