using System.Data;
using System.Globalization;
using System.Text;
using DeepCopy.Core.Engine;

namespace DeepCopy.Core.Handlers.Data
{
    /// <summary>
    /// Sets a row twin's values from its source row. Values of columns whose type holds only immutable values are
    /// taken as they are; the others (object, byte[], any class) go through the engine. Expression columns are
    /// computed by the copy, so they are skipped.
    /// </summary>
    internal sealed class DataCellCopier : IPathSegmentWriter
    {
        private readonly DeepCopyContext _context;
        private readonly string _pathPrefix;
        private readonly bool[] _deep;
        private readonly bool[] _computed;
        private readonly string[] _names;

        public DataCellCopier(DataTable source, string pathPrefix, DeepCopyContext context)
        {
            _context = context;
            _pathPrefix = pathPrefix;
            var count = source.Columns.Count;
            _deep = new bool[count];
            _computed = new bool[count];
            _names = new string[count];
            for (var ordinal = 0; ordinal < count; ordinal++)
            {
                var column = source.Columns[ordinal];
                _names[ordinal] = column.ColumnName;
                _computed[ordinal] = column.Expression.Length > 0;
                _deep[ordinal] = !SlotTypes.AlwaysTakenAsIs(column.DataType);
            }
        }

        public void SetValues(DataRow source, DataRow copy, DataRowVersion version, int rowIndex)
        {
            for (var ordinal = 0; ordinal < _deep.Length; ordinal++)
            {
                if (_computed[ordinal])
                {
                    continue;
                }

                var value = source[ordinal, version];
                if (_deep[ordinal] && !(value is System.DBNull))
                {
                    value = CopyCell(value, rowIndex, ordinal, version);
                }

                copy[ordinal] = value;
            }
        }

        public void ReportSourceChanged(DataTable source) => _context.ReportSourceChanged(source);

        public void Append(StringBuilder text, int index)
        {
            var cell = index >> 1;
            var version = (index & 1) == 1 ? DataRowVersion.Original : DataRowVersion.Current;
            text.Append('.').Append(Segment((cell / _deep.Length) - 1, cell % _deep.Length, version));
        }

        private object? CopyCell(object value, int rowIndex, int ordinal, DataRowVersion version)
        {
            // The cell's step is encoded in the path's index and written only if a path is ever formatted: a string
            // per cell would cost more than copying most cells. A table too large to encode falls back to the string.
            var code = ((((long)rowIndex + 1) * _deep.Length) + ordinal) * 2 + (version == DataRowVersion.Original ? 1 : 0);
            return code <= int.MaxValue
                ? _context.CopyChild(value, PathSegmentKind.Described, this, (int)code)
                : _context.CopyMemberPath(value, Segment(rowIndex, ordinal, version));
        }

        private string Segment(int rowIndex, int ordinal, DataRowVersion version)
        {
            // Paths read as PowerShell would index the copy: $.Tables['t'].Rows[3].data, or ['data', 'Original'].
            var row = rowIndex < 0 ? string.Empty : _pathPrefix + "Rows[" + rowIndex.ToString(CultureInfo.InvariantCulture) + "]";
            if (version == DataRowVersion.Original)
            {
                return row + "['" + _names[ordinal] + "', 'Original']";
            }

            return row.Length == 0 ? _names[ordinal] : row + "." + _names[ordinal];
        }
    }
}
