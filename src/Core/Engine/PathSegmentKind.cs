namespace DeepCopy.Core.Engine
{
    /// <summary>How one step of a path is written.</summary>
    internal enum PathSegmentKind : byte
    {
        /// <summary>The root: <c>$</c>.</summary>
        Root,

        /// <summary>A field or property: <c>.name</c>.</summary>
        Member,

        /// <summary>A position in a list or array: <c>[3]</c>.</summary>
        Index,

        /// <summary>A position in a multi-dimensional or non-zero-based array: <c>[1,2]</c>.</summary>
        MultiIndex,

        /// <summary>The value stored under a key: <c>['log']</c>.</summary>
        Key,

        /// <summary>A key itself, by position: <c>.Keys[3]</c>.</summary>
        KeyItself,

        /// <summary>A step that adds no text, such as the object a PSObject wraps.</summary>
        Transparent,

        /// <summary>A step its owner writes when a path is formatted (<see cref="IPathSegmentWriter"/>): <c>.Rows[3].photo</c>.</summary>
        Described,

        /// <summary>Several steps the engine wrote as text already (an inline struct's field, a table cell): <c>.Inline.First</c>.</summary>
        MemberPath,
    }
}
