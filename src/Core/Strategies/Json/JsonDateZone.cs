namespace DeepCopy.Core.Strategies.Json
{
    /// <summary>The zone a date-time's text names (<see cref="JsonDateText"/>).</summary>
    internal enum JsonDateZone
    {
        /// <summary>No zone: an Unspecified time.</summary>
        None,

        /// <summary><c>Z</c>: a Utc time.</summary>
        Utc,

        /// <summary>An offset from UTC, <c>+hh:mm</c> or <c>-hh:mm</c>.</summary>
        Offset,
    }
}
