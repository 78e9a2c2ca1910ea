using System.Text;

namespace DeepCopy.Core.Engine
{
    /// <summary>
    /// Writes a step of a path only when a path is formatted (an error, a report), for owners whose step names would
    /// otherwise cost a string per child on the copy's hot path: a table cell is named by its row and column.
    /// </summary>
    internal interface IPathSegmentWriter
    {
        /// <summary>Appends the step, leading separator included, for the <paramref name="index"/> the owner chose.</summary>
        void Append(StringBuilder text, int index);
    }
}
